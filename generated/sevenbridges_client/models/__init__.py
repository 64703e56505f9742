"""Contains all the data models used in inputs/outputs"""

from .api_root import ApiRoot
from .app import App
from .app_list import AppList
from .app_raw import AppRaw
from .app_revision_info import AppRevisionInfo
from .billing_group import BillingGroup
from .billing_group_list import BillingGroupList
from .create_task_action import CreateTaskAction
from .download_info import DownloadInfo
from .error import Error
from .execution_details import ExecutionDetails
from .execution_job import ExecutionJob
from .execution_job_docker import ExecutionJobDocker
from .execution_job_logs import ExecutionJobLogs
from .execution_settings import ExecutionSettings
from .execution_status import ExecutionStatus
from .file import File
from .file_copy import FileCopy
from .file_kind import FileKind
from .file_list import FileList
from .file_origin import FileOrigin
from .file_scope import FileScope
from .file_storage import FileStorage
from .file_update import FileUpdate
from .folder_create import FolderCreate
from .intermediate_files import IntermediateFiles
from .job_instance import JobInstance
from .job_instance_disk import JobInstanceDisk
from .link import Link
from .list_apps_visibility import ListAppsVisibility
from .list_tasks_order import ListTasksOrder
from .list_tasks_order_by import ListTasksOrderBy
from .member import Member
from .member_create import MemberCreate
from .member_list import MemberList
from .member_type import MemberType
from .metadata import Metadata
from .money import Money
from .part_report import PartReport
from .part_report_instructions import PartReportInstructions
from .part_response import PartResponse
from .part_response_headers import PartResponseHeaders
from .permissions import Permissions
from .permissions_replace import PermissionsReplace
from .price import Price
from .price_breakdown import PriceBreakdown
from .project import Project
from .project_create import ProjectCreate
from .project_list import ProjectList
from .project_settings import ProjectSettings
from .project_update import ProjectUpdate
from .rate import Rate
from .rate_limit import RateLimit
from .task import Task
from .task_batch_by_type_0 import TaskBatchByType0
from .task_create import TaskCreate
from .task_create_batch_by_type_0 import TaskCreateBatchByType0
from .task_create_inputs import TaskCreateInputs
from .task_create_output_location import TaskCreateOutputLocation
from .task_errors_item import TaskErrorsItem
from .task_inputs import TaskInputs
from .task_list import TaskList
from .task_output_location import TaskOutputLocation
from .task_outputs import TaskOutputs
from .task_status import TaskStatus
from .task_update import TaskUpdate
from .task_update_batch_by_type_0 import TaskUpdateBatchByType0
from .task_update_inputs import TaskUpdateInputs
from .task_warnings_item import TaskWarningsItem
from .upload import Upload
from .upload_init import UploadInit
from .upload_part import UploadPart
from .upload_part_url import UploadPartUrl
from .upload_part_url_headers import UploadPartUrlHeaders
from .user import User
from .user_role import UserRole
from .user_tag import UserTag

__all__ = (
    "ApiRoot",
    "App",
    "AppList",
    "AppRaw",
    "AppRevisionInfo",
    "BillingGroup",
    "BillingGroupList",
    "CreateTaskAction",
    "DownloadInfo",
    "Error",
    "ExecutionDetails",
    "ExecutionJob",
    "ExecutionJobDocker",
    "ExecutionJobLogs",
    "ExecutionSettings",
    "ExecutionStatus",
    "File",
    "FileCopy",
    "FileKind",
    "FileList",
    "FileOrigin",
    "FileScope",
    "FileStorage",
    "FileUpdate",
    "FolderCreate",
    "IntermediateFiles",
    "JobInstance",
    "JobInstanceDisk",
    "Link",
    "ListAppsVisibility",
    "ListTasksOrder",
    "ListTasksOrderBy",
    "Member",
    "MemberCreate",
    "MemberList",
    "MemberType",
    "Metadata",
    "Money",
    "PartReport",
    "PartReportInstructions",
    "PartResponse",
    "PartResponseHeaders",
    "Permissions",
    "PermissionsReplace",
    "Price",
    "PriceBreakdown",
    "Project",
    "ProjectCreate",
    "ProjectList",
    "ProjectSettings",
    "ProjectUpdate",
    "Rate",
    "RateLimit",
    "Task",
    "TaskBatchByType0",
    "TaskCreate",
    "TaskCreateBatchByType0",
    "TaskCreateInputs",
    "TaskCreateOutputLocation",
    "TaskErrorsItem",
    "TaskInputs",
    "TaskList",
    "TaskOutputLocation",
    "TaskOutputs",
    "TaskStatus",
    "TaskUpdate",
    "TaskUpdateBatchByType0",
    "TaskUpdateInputs",
    "TaskWarningsItem",
    "Upload",
    "UploadInit",
    "UploadPart",
    "UploadPartUrl",
    "UploadPartUrlHeaders",
    "User",
    "UserRole",
    "UserTag",
)
