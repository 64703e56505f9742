from enum import StrEnum


class MemberType(StrEnum):
    DIVISION = "DIVISION"
    TEAM = "TEAM"
    USER = "USER"

    def __str__(self) -> str:
        return str(self.value)
