# Generates the man page eok.1 from the program's own help text with help2man: the top-level
# `eok --help` and `--version`, and a COMMANDS section holding each subcommand's `--help`
# verbatim, so the page cannot drift from the program.
# Usage: cmake -DEOK=path/to/eok -DHELP2MAN=path/to/help2man -DOUT=eok.1 -P make_man.cmake
foreach(v EOK HELP2MAN OUT)
  if(NOT ${v})
    message(FATAL_ERROR "make_man.cmake needs -D${v}=...")
  endif()
endforeach()
set(_include "${OUT}.include")
file(WRITE ${_include} "[COMMANDS]\n")
foreach(cmd parse convert rates scan reconcile)
  execute_process(COMMAND ${EOK} ${cmd} --help OUTPUT_VARIABLE _help RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "eok ${cmd} --help failed")
  endif()
  # roff: a leading dot or quote would be a request; backslashes are escapes.
  string(REPLACE "\\" "\\e" _help "${_help}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" _help "${_help}")
  file(APPEND ${_include} ".SS eok ${cmd}\n.nf\n${_help}.fi\n")
endforeach()
file(APPEND ${_include} "[ENVIRONMENT]\n.TP\n.B EOK_RATES\na directory of rate tables (as \\fBeok rates import\\fR writes them) that every command adds to the bundled ECB and FRED tables.\n")
execute_process(COMMAND ${HELP2MAN} --no-info --no-discard-stderr
                        --name "exact money figures from Korean news" --section 1
                        --include ${_include} --output ${OUT} ${EOK}
                RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "help2man failed")
endif()
