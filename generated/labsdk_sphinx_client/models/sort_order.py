from enum import StrEnum


class SortOrder(StrEnum):
    CREATED_ASC = "created_asc"
    CREATED_DESC = "created_desc"
    UPDATED_ASC = "updated_asc"
    UPDATED_DESC = "updated_desc"

    def __str__(self) -> str:
        return str(self.value)
