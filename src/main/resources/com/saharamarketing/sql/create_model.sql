CREATE OR REPLACE MODEL ${model}
OPTIONS (
  ${options}
)
AS
SELECT
  ${columns}
FROM ${source}
