"""The commission workbook (SPEC.md): read a file, check every row, write one.

`read_workbook` turns an .xlsx file or a folder of .csv files into text frames; `validate` checks them
all against what the database already holds and returns a plan or every problem; `write_workbook`
writes frames back out. Storage is not touched here: services apply the plan.
"""

from commission.workbook.reader import read_workbook
from commission.workbook.validate import Plan, Problem, validate
from commission.workbook.writer import write_workbook

__all__ = ["Plan", "Problem", "read_workbook", "validate", "write_workbook"]
