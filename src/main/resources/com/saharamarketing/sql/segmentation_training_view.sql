-- Customer segmentation features: one row per user who visited the site, with time on screen
-- and unique screen views summed over all of the user's visits, joined to the user's CRM record
-- and to the user's account.
-- The sources are the typed views, where Annual_Revenue ($208282.78 in the export) is NUMERIC.
SELECT
  visits.User_ID AS user_id,
  accounts.Annual_Revenue AS Annual_Revenue,
  visits.timeOnScreen,
  visits.UniqueScreenViews,
  users.Loyalty_Program,
  users.LifeTime_Value AS Lifetime_Value,
  users.Age
FROM (
  SELECT
    User_ID,
    SUM(timeOnScreen) AS timeOnScreen,
    SUM(UniqueScreenViews) AS UniqueScreenViews
  FROM ${ga360}
  GROUP BY User_ID
) AS visits
JOIN ${users} AS users
  ON users.User_ID = visits.User_ID
JOIN ${accounts} AS accounts
  ON accounts.Account_Number = users.Account_ID
