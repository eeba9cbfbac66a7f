"""An employee's status, as the employees table allows it. Plain values without SQLAlchemy:
workbench.people hands them to modules the window imports before the database layer loads."""

ACTIVE = "active"
LEFT = "left"
