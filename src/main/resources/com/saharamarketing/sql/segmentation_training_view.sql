-- Customer segmentation features: one row per user who visited the site, with time on screen
-- and unique screen views summed over all of the user's visits, joined to the user's CRM record
-- and to the user's account. Annual revenue is exported as text such as $208282.78.
SELECT
  visits.User_ID AS user_id,
  SAFE_CAST(REGEXP_REPLACE(CAST(accounts.Annual_Revenue AS STRING), r'[$,]', '') AS FLOAT64) AS Annual_Revenue,
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
