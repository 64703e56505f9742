"""Contains all the data models used in inputs/outputs"""

from .campaign import Campaign
from .campaign_list import CampaignList
from .dataset import Dataset
from .dataset_list import DatasetList
from .datatable import Datatable
from .datatable_download import DatatableDownload
from .datatable_list import DatatableList
from .error import Error
from .plot import Plot
from .plot_download import PlotDownload
from .plot_list import PlotList
from .task import Task
from .task_result import TaskResult
from .task_status import TaskStatus

__all__ = (
    "Campaign",
    "CampaignList",
    "Dataset",
    "DatasetList",
    "Datatable",
    "DatatableDownload",
    "DatatableList",
    "Error",
    "Plot",
    "PlotDownload",
    "PlotList",
    "Task",
    "TaskResult",
    "TaskStatus",
)
