from enum import StrEnum


class TaskResultType(StrEnum):
    CREATE_DATASET = "CREATE_DATASET"
    EXPORT_DATATABLE = "EXPORT_DATATABLE"

    def __str__(self) -> str:
        return str(self.value)
