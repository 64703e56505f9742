from enum import StrEnum


class ListTasksOrderBy(StrEnum):
    CREATED_BY = "created_by"
    CREATED_TIME = "created_time"
    END_TIME = "end_time"
    NAME = "name"
    START_TIME = "start_time"

    def __str__(self) -> str:
        return str(self.value)
