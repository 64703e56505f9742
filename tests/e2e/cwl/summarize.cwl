cwlVersion: v1.2
class: CommandLineTool
label: Summarize counts
baseCommand: [cat]
inputs:
  counts:
    type: File[]
    inputBinding: {position: 1}
outputs:
  summary:
    type: stdout
stdout: summary.txt
