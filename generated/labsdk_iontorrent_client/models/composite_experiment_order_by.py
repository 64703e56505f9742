from enum import StrEnum


class CompositeExperimentOrderBy(StrEnum):
    CHIPTYPE = "chipType"
    DATE = "date"
    DISPLAYNAME = "displayName"
    EXPNAME = "expName"
    FLOWS = "flows"
    ID = "id"
    PGMNAME = "pgmName"
    PLATFORM = "platform"
    RESULTDATE = "resultDate"
    STAR = "star"
    VALUE_1 = "-id"
    VALUE_11 = "-chipType"
    VALUE_13 = "-platform"
    VALUE_15 = "-pgmName"
    VALUE_17 = "-flows"
    VALUE_19 = "-star"
    VALUE_3 = "-date"
    VALUE_5 = "-resultDate"
    VALUE_7 = "-displayName"
    VALUE_9 = "-expName"

    def __str__(self) -> str:
        return str(self.value)
