"""Contains all the data models used in inputs/outputs"""

from .campaign import Campaign
from .campaign_list import CampaignList
from .create_campaign import CreateCampaign
from .create_dataset import CreateDataset
from .creator import Creator
from .dataset import Dataset
from .dataset_list import DatasetList
from .datatable import Datatable
from .datatable_download import DatatableDownload
from .datatable_list import DatatableList
from .error import Error
from .error_content import ErrorContent
from .initial_task_response import InitialTaskResponse
from .plot import Plot
from .plot_download import PlotDownload
from .plot_list import PlotList
from .presigned_response import PresignedResponse
from .presigned_response_fields import PresignedResponseFields
from .task import Task
from .task_result import TaskResult
from .task_result_type import TaskResultType
from .task_status import TaskStatus
from .update_campaign import UpdateCampaign
from .upload_url_response import UploadUrlResponse

__all__ = (
    "Campaign",
    "CampaignList",
    "CreateCampaign",
    "CreateDataset",
    "Creator",
    "Dataset",
    "DatasetList",
    "Datatable",
    "DatatableDownload",
    "DatatableList",
    "Error",
    "ErrorContent",
    "InitialTaskResponse",
    "Plot",
    "PlotDownload",
    "PlotList",
    "PresignedResponse",
    "PresignedResponseFields",
    "Task",
    "TaskResult",
    "TaskResultType",
    "TaskStatus",
    "UpdateCampaign",
    "UploadUrlResponse",
)
