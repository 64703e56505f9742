from enum import StrEnum


class PlannedExperimentOrderBy(StrEnum):
    CHIPTYPE = "chipType"
    DATE = "date"
    ID = "id"
    PLANDISPLAYEDNAME = "planDisplayedName"
    PLANNAME = "planName"
    PLANSHORTID = "planShortID"
    PLANSTATUS = "planStatus"
    VALUE_1 = "-id"
    VALUE_11 = "-planStatus"
    VALUE_13 = "-chipType"
    VALUE_3 = "-date"
    VALUE_5 = "-planName"
    VALUE_7 = "-planDisplayedName"
    VALUE_9 = "-planShortID"

    def __str__(self) -> str:
        return str(self.value)
