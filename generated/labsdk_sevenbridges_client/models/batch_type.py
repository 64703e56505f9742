from enum import StrEnum


class BatchType(StrEnum):
    CRITERIA = "CRITERIA"
    ITEM = "ITEM"

    def __str__(self) -> str:
        return str(self.value)
