from enum import StrEnum


class ShelfItemKind(StrEnum):
    BOX = "box"
    THING = "thing"

    def __str__(self) -> str:
        return str(self.value)
