"""Contains all the data models used in inputs/outputs"""

from .analysis_breakdown import AnalysisBreakdown
from .analysis_breakdown_list import AnalysisBreakdownList
from .analysis_cost import AnalysisCost
from .api_root import ApiRoot
from .app import App
from .app_copy import AppCopy
from .app_copy_strategy import AppCopyStrategy
from .app_list import AppList
from .app_raw import AppRaw
from .app_revision_info import AppRevisionInfo
from .batch_by import BatchBy
from .batch_group import BatchGroup
from .batch_group_fields import BatchGroupFields
from .batch_type import BatchType
from .billing_group import BillingGroup
from .billing_group_list import BillingGroupList
from .clone_task_action import CloneTaskAction
from .copy_job_item import CopyJobItem
from .copy_job_request import CopyJobRequest
from .cost import Cost
from .cost_breakdown import CostBreakdown
from .create_task_action import CreateTaskAction
from .cwl import Cwl
from .cwl_class import CwlClass
from .delete_job_item import DeleteJobItem
from .delete_job_request import DeleteJobRequest
from .download_info import DownloadInfo
from .egress_breakdown import EgressBreakdown
from .egress_breakdown_list import EgressBreakdownList
from .error import Error
from .execution_details import ExecutionDetails
from .execution_job import ExecutionJob
from .execution_job_docker import ExecutionJobDocker
from .execution_job_logs import ExecutionJobLogs
from .execution_settings import ExecutionSettings
from .execution_status import ExecutionStatus
from .export import Export
from .export_bulk_create import ExportBulkCreate
from .export_bulk_list import ExportBulkList
from .export_bulk_record import ExportBulkRecord
from .export_create import ExportCreate
from .export_create_properties import ExportCreateProperties
from .export_create_source import ExportCreateSource
from .export_destination import ExportDestination
from .export_id_list import ExportIdList
from .export_list import ExportList
from .export_properties import ExportProperties
from .export_source import ExportSource
from .file import File
from .file_bulk_list import FileBulkList
from .file_bulk_record import FileBulkRecord
from .file_change import FileChange
from .file_changes import FileChanges
from .file_copy import FileCopy
from .file_id_list import FileIdList
from .file_job import FileJob
from .file_job_list import FileJobList
from .file_job_state import FileJobState
from .file_job_type import FileJobType
from .file_kind import FileKind
from .file_list import FileList
from .file_move import FileMove
from .file_origin import FileOrigin
from .file_scope import FileScope
from .file_storage import FileStorage
from .file_update import FileUpdate
from .folder_create import FolderCreate
from .get_file_job_job_type import GetFileJobJobType
from .import_ import Import
from .import_bulk_create import ImportBulkCreate
from .import_bulk_list import ImportBulkList
from .import_bulk_record import ImportBulkRecord
from .import_create import ImportCreate
from .import_create_properties import ImportCreateProperties
from .import_destination import ImportDestination
from .import_id_list import ImportIdList
from .import_list import ImportList
from .import_source import ImportSource
from .imported_to import ImportedTo
from .intermediate_files import IntermediateFiles
from .invoice import Invoice
from .invoice_list import InvoiceList
from .invoice_period import InvoicePeriod
from .job_instance import JobInstance
from .job_instance_disk import JobInstanceDisk
from .link import Link
from .list_apps_visibility import ListAppsVisibility
from .list_tasks_order import ListTasksOrder
from .list_tasks_order_by import ListTasksOrderBy
from .measurement import Measurement
from .member import Member
from .member_create import MemberCreate
from .member_list import MemberList
from .member_type import MemberType
from .metadata import Metadata
from .money import Money
from .move_job_item import MoveJobItem
from .move_job_request import MoveJobRequest
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
from .storage_breakdown import StorageBreakdown
from .storage_breakdown_list import StorageBreakdownList
from .task import Task
from .task_bulk_list import TaskBulkList
from .task_bulk_record import TaskBulkRecord
from .task_create import TaskCreate
from .task_create_inputs import TaskCreateInputs
from .task_create_output_location import TaskCreateOutputLocation
from .task_errors_item import TaskErrorsItem
from .task_id_list import TaskIdList
from .task_inputs import TaskInputs
from .task_list import TaskList
from .task_output_location import TaskOutputLocation
from .task_outputs import TaskOutputs
from .task_status import TaskStatus
from .task_update import TaskUpdate
from .task_update_inputs import TaskUpdateInputs
from .task_warnings_item import TaskWarningsItem
from .transfer_state import TransferState
from .upload import Upload
from .upload_init import UploadInit
from .upload_part import UploadPart
from .upload_part_url import UploadPartUrl
from .upload_part_url_headers import UploadPartUrlHeaders
from .user import User
from .user_role import UserRole
from .user_tag import UserTag
from .volume import Volume
from .volume_access_mode import VolumeAccessMode
from .volume_create import VolumeCreate
from .volume_credentials import VolumeCredentials
from .volume_credentials_configuration import VolumeCredentialsConfiguration
from .volume_link import VolumeLink
from .volume_list import VolumeList
from .volume_location import VolumeLocation
from .volume_object import VolumeObject
from .volume_object_metadata import VolumeObjectMetadata
from .volume_object_page import VolumeObjectPage
from .volume_prefix import VolumePrefix
from .volume_public_credentials import VolumePublicCredentials
from .volume_service import VolumeService
from .volume_service_create import VolumeServiceCreate
from .volume_service_create_properties import VolumeServiceCreateProperties
from .volume_service_properties import VolumeServiceProperties
from .volume_service_update import VolumeServiceUpdate
from .volume_service_update_properties import VolumeServiceUpdateProperties
from .volume_update import VolumeUpdate

__all__ = (
    "AnalysisBreakdown",
    "AnalysisBreakdownList",
    "AnalysisCost",
    "ApiRoot",
    "App",
    "AppCopy",
    "AppCopyStrategy",
    "AppList",
    "AppRaw",
    "AppRevisionInfo",
    "BatchBy",
    "BatchGroup",
    "BatchGroupFields",
    "BatchType",
    "BillingGroup",
    "BillingGroupList",
    "CloneTaskAction",
    "CopyJobItem",
    "CopyJobRequest",
    "Cost",
    "CostBreakdown",
    "CreateTaskAction",
    "Cwl",
    "CwlClass",
    "DeleteJobItem",
    "DeleteJobRequest",
    "DownloadInfo",
    "EgressBreakdown",
    "EgressBreakdownList",
    "Error",
    "ExecutionDetails",
    "ExecutionJob",
    "ExecutionJobDocker",
    "ExecutionJobLogs",
    "ExecutionSettings",
    "ExecutionStatus",
    "Export",
    "ExportBulkCreate",
    "ExportBulkList",
    "ExportBulkRecord",
    "ExportCreate",
    "ExportCreateProperties",
    "ExportCreateSource",
    "ExportDestination",
    "ExportIdList",
    "ExportList",
    "ExportProperties",
    "ExportSource",
    "File",
    "FileBulkList",
    "FileBulkRecord",
    "FileChange",
    "FileChanges",
    "FileCopy",
    "FileIdList",
    "FileJob",
    "FileJobList",
    "FileJobState",
    "FileJobType",
    "FileKind",
    "FileList",
    "FileMove",
    "FileOrigin",
    "FileScope",
    "FileStorage",
    "FileUpdate",
    "FolderCreate",
    "GetFileJobJobType",
    "Import",
    "ImportBulkCreate",
    "ImportBulkList",
    "ImportBulkRecord",
    "ImportCreate",
    "ImportCreateProperties",
    "ImportDestination",
    "ImportedTo",
    "ImportIdList",
    "ImportList",
    "ImportSource",
    "IntermediateFiles",
    "Invoice",
    "InvoiceList",
    "InvoicePeriod",
    "JobInstance",
    "JobInstanceDisk",
    "Link",
    "ListAppsVisibility",
    "ListTasksOrder",
    "ListTasksOrderBy",
    "Measurement",
    "Member",
    "MemberCreate",
    "MemberList",
    "MemberType",
    "Metadata",
    "Money",
    "MoveJobItem",
    "MoveJobRequest",
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
    "StorageBreakdown",
    "StorageBreakdownList",
    "Task",
    "TaskBulkList",
    "TaskBulkRecord",
    "TaskCreate",
    "TaskCreateInputs",
    "TaskCreateOutputLocation",
    "TaskErrorsItem",
    "TaskIdList",
    "TaskInputs",
    "TaskList",
    "TaskOutputLocation",
    "TaskOutputs",
    "TaskStatus",
    "TaskUpdate",
    "TaskUpdateInputs",
    "TaskWarningsItem",
    "TransferState",
    "Upload",
    "UploadInit",
    "UploadPart",
    "UploadPartUrl",
    "UploadPartUrlHeaders",
    "User",
    "UserRole",
    "UserTag",
    "Volume",
    "VolumeAccessMode",
    "VolumeCreate",
    "VolumeCredentials",
    "VolumeCredentialsConfiguration",
    "VolumeLink",
    "VolumeList",
    "VolumeLocation",
    "VolumeObject",
    "VolumeObjectMetadata",
    "VolumeObjectPage",
    "VolumePrefix",
    "VolumePublicCredentials",
    "VolumeService",
    "VolumeServiceCreate",
    "VolumeServiceCreateProperties",
    "VolumeServiceProperties",
    "VolumeServiceUpdate",
    "VolumeServiceUpdateProperties",
    "VolumeUpdate",
)
