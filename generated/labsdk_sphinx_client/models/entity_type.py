from enum import StrEnum


class EntityType(StrEnum):
    AA_SEQUENCE = "aa_sequence"
    AA_STRUCTURE = "aa_structure"
    CELL_LINE = "cell_line"
    CHEMICAL_MOLECULE = "chemical_molecule"
    CONTROL = "control"
    DNA_SEQUENCE = "dna_sequence"
    RNA_SEQUENCE = "rna_sequence"

    def __str__(self) -> str:
        return str(self.value)
