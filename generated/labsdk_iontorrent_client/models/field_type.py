from enum import StrEnum


class FieldType(StrEnum):
    BOOLEAN = "boolean"
    DATE = "date"
    DATETIME = "datetime"
    DECIMAL = "decimal"
    DICT = "dict"
    FLOAT = "float"
    INTEGER = "integer"
    LIST = "list"
    RELATED = "related"
    STRING = "string"

    def __str__(self) -> str:
        return str(self.value)
