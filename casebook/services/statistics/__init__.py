"""The figures: statistics of a cohort as of a date, the shares and rates offices publish, the unit ranking."""
