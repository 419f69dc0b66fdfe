-- Repeat-buyer features: one row per account. The label says whether the account won more
-- than one opportunity. Annual revenue is exported as text such as $208282.78.
SELECT
  accounts.State_Code AS state,
  accounts.Industry AS industry,
  accounts.Number_of_employees AS company_size,
  SAFE_CAST(REGEXP_REPLACE(CAST(accounts.Annual_Revenue AS STRING), r'[$,]', '') AS FLOAT64) AS annual_revenue,
  accounts.Num_Opportunities_Won > 1 AS repeat_buyer
FROM ${accounts} AS accounts
