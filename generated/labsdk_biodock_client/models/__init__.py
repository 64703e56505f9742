"""Contains all the data models used in inputs/outputs"""

from .analysis_job import AnalysisJob
from .analysis_job_list import AnalysisJobList
from .analysis_job_status import AnalysisJobStatus
from .error import Error
from .filesystem_item import FilesystemItem
from .filesystem_item_kind import FilesystemItemKind
from .filesystem_item_list import FilesystemItemList
from .key_check import KeyCheck
from .masks_job import MasksJob
from .masks_job_status import MasksJobStatus
from .pipeline import Pipeline
from .pipeline_list import PipelineList
from .submit_analysis_job import SubmitAnalysisJob
from .upload_file_form import UploadFileForm
from .uploaded_file import UploadedFile

__all__ = (
    "AnalysisJob",
    "AnalysisJobList",
    "AnalysisJobStatus",
    "Error",
    "FilesystemItem",
    "FilesystemItemKind",
    "FilesystemItemList",
    "KeyCheck",
    "MasksJob",
    "MasksJobStatus",
    "Pipeline",
    "PipelineList",
    "SubmitAnalysisJob",
    "UploadedFile",
    "UploadFileForm",
)
