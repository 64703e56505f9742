from enum import StrEnum


class NucleotideType(StrEnum):
    DNA = "DNA"
    RNA = "RNA"
    VALUE_2 = ""

    def __str__(self) -> str:
        return str(self.value)
