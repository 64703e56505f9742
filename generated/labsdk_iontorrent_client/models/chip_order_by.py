from enum import StrEnum


class ChipOrderBy(StrEnum):
    DESCRIPTION = "description"
    EARLYDATFILEDELETION = "earlyDatFileDeletion"
    ID = "id"
    INSTRUMENTTYPE = "instrumentType"
    ISACTIVE = "isActive"
    NAME = "name"
    SLOTS = "slots"
    VALUE_1 = "-id"
    VALUE_11 = "-slots"
    VALUE_13 = "-earlyDatFileDeletion"
    VALUE_3 = "-name"
    VALUE_5 = "-description"
    VALUE_7 = "-instrumentType"
    VALUE_9 = "-isActive"

    def __str__(self) -> str:
        return str(self.value)
