from enum import StrEnum


class CompositeResultOrderBy(StrEnum):
    ID = "id"
    REPRESENTATIVE = "representative"
    RESULTSNAME = "resultsName"
    STATUS = "status"
    TIMESTAMP = "timeStamp"
    VALUE_1 = "-id"
    VALUE_3 = "-resultsName"
    VALUE_5 = "-status"
    VALUE_7 = "-timeStamp"
    VALUE_9 = "-representative"

    def __str__(self) -> str:
        return str(self.value)
