from enum import StrEnum


class ListPartsSortBy(StrEnum):
    ID = "Id"
    LABEL = "Label"

    def __str__(self) -> str:
        return str(self.value)
