-- Repeat-buyer features: one row per account. The label says whether the account won more
-- than one opportunity.
-- The sources are the typed views, where Annual_Revenue ($208282.78 in the export) is NUMERIC.
SELECT
  accounts.State_Code AS state,
  accounts.Industry AS industry,
  accounts.Number_of_employees AS company_size,
  accounts.Annual_Revenue AS annual_revenue,
  accounts.Num_Opportunities_Won > 1 AS repeat_buyer
FROM ${accounts} AS accounts
