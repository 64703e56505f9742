from enum import StrEnum


class ResultOrderBy(StrEnum):
    ID = "id"
    PROCESSEDFLOWS = "processedflows"
    REPRESENTATIVE = "representative"
    RESULTSNAME = "resultsName"
    STATUS = "status"
    TIMESTAMP = "timeStamp"
    VALUE_1 = "-id"
    VALUE_11 = "-representative"
    VALUE_3 = "-resultsName"
    VALUE_5 = "-status"
    VALUE_7 = "-timeStamp"
    VALUE_9 = "-processedflows"

    def __str__(self) -> str:
        return str(self.value)
