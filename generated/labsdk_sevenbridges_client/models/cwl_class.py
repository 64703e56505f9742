from enum import StrEnum


class CwlClass(StrEnum):
    COMMANDLINETOOL = "CommandLineTool"
    EXPRESSIONTOOL = "ExpressionTool"
    WORKFLOW = "Workflow"

    def __str__(self) -> str:
        return str(self.value)
