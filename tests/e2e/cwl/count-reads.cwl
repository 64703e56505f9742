cwlVersion: v1.2
class: CommandLineTool
label: Count reads
baseCommand: [awk, 'END { print NR / 4 }']
inputs:
  fastq:
    type: File
    inputBinding: {position: 1}
outputs:
  count:
    type: stdout
stdout: count.txt
