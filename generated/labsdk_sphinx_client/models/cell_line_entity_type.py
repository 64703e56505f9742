from enum import StrEnum


class CellLineEntityType(StrEnum):
    CELL_LINE = "cell_line"

    def __str__(self) -> str:
        return str(self.value)
