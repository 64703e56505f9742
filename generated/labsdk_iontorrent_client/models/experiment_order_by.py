from enum import StrEnum


class ExperimentOrderBy(StrEnum):
    CHIPTYPE = "chipType"
    DATE = "date"
    DISPLAYNAME = "displayName"
    EXPNAME = "expName"
    FLOWS = "flows"
    ID = "id"
    PLATFORM = "platform"
    RESULTDATE = "resultDate"
    STATUS = "status"
    VALUE_1 = "-id"
    VALUE_11 = "-chipType"
    VALUE_13 = "-status"
    VALUE_15 = "-platform"
    VALUE_17 = "-flows"
    VALUE_3 = "-date"
    VALUE_5 = "-resultDate"
    VALUE_7 = "-expName"
    VALUE_9 = "-displayName"

    def __str__(self) -> str:
        return str(self.value)
