from enum import StrEnum


class ListAppsVisibility(StrEnum):
    PUBLIC = "public"

    def __str__(self) -> str:
        return str(self.value)
