# Runs one golden-file test of the eok command line (ledger's test/regress in spirit).
#
#   cmake -DEOK=path/to/eok -DTEST_FILE=x.test -DWORK_DIR=dir -DSOURCE_DIR=repo -P run_cli_test.cmake
#
# A test file has sections, each starting with a keyword at the start of a line:
#   # comment               ignored
#   args: a b c             arguments, split on single spaces (one line)
#   args+: one argument     appends one argument verbatim (spaces kept); may repeat
#   stdin:                  the following lines, up to the next section, are standard input
#   stdout:                 the following lines are the exact expected standard output
#   stderr:                 the following lines are the exact expected standard error (optional)
#   exit: N                 the expected exit status
# The program runs with the repository root as its working directory.

if(NOT EOK OR NOT TEST_FILE OR NOT WORK_DIR OR NOT SOURCE_DIR)
  message(FATAL_ERROR "run_cli_test.cmake needs EOK, TEST_FILE, WORK_DIR and SOURCE_DIR")
endif()

file(READ "${TEST_FILE}" _content)
# Split into lines without letting CMake's list semantics eat semicolons or brackets.
string(REPLACE "\r\n" "\n" _content "${_content}")
string(REPLACE ";" "<EOK_SEMI>" _content "${_content}")
string(REPLACE "[" "<EOK_LB>" _content "${_content}")
string(REPLACE "]" "<EOK_RB>" _content "${_content}")
string(REPLACE "\n" ";" _lines "${_content}")

set(_args "")
set(_section "")
set(_stdin "")
set(_stdout "")
set(_stderr "")
set(_have_stdin FALSE)
set(_have_stderr FALSE)
set(_exit "")
set(_line_no 0)

function(_eok_restore out text)
  string(REPLACE "<EOK_SEMI>" ";" text "${text}")
  string(REPLACE "<EOK_LB>" "[" text "${text}")
  string(REPLACE "<EOK_RB>" "]" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# The last element after the final newline is empty; drop it so bodies end with exactly one "\n".
list(LENGTH _lines _count)
if(_count GREATER 0)
  math(EXPR _last "${_count} - 1")
  list(GET _lines ${_last} _tail)
  if(_tail STREQUAL "")
    list(REMOVE_AT _lines ${_last})
  endif()
endif()

foreach(_line IN LISTS _lines)
  math(EXPR _line_no "${_line_no} + 1")
  if(_line MATCHES "^args: ?(.*)$")
    set(_section "")
    string(REPLACE " " ";" _split "${CMAKE_MATCH_1}")
    foreach(_a IN LISTS _split)
      if(NOT _a STREQUAL "")
        list(APPEND _args "${_a}")
      endif()
    endforeach()
  elseif(_line MATCHES "^args\\+: ?(.*)$")
    set(_section "")
    list(APPEND _args "${CMAKE_MATCH_1}")
  elseif(_line MATCHES "^stdin:$")
    set(_section stdin)
    set(_have_stdin TRUE)
  elseif(_line MATCHES "^stdout:$")
    set(_section stdout)
  elseif(_line MATCHES "^stderr:$")
    set(_section stderr)
    set(_have_stderr TRUE)
  elseif(_line MATCHES "^exit: *([0-9]+)$")
    set(_section "")
    set(_exit "${CMAKE_MATCH_1}")
  elseif(_section STREQUAL "")
    if(NOT _line MATCHES "^#" AND NOT _line STREQUAL "")
      message(FATAL_ERROR "${TEST_FILE}:${_line_no}: expected a section (args:, args+:, stdin:, stdout:, stderr:, exit:)")
    endif()
  else()
    string(APPEND _${_section} "${_line}\n")
  endif()
endforeach()

if(_exit STREQUAL "")
  message(FATAL_ERROR "${TEST_FILE}: no 'exit:' line")
endif()

file(MAKE_DIRECTORY "${WORK_DIR}")
set(_input_args "")
if(_have_stdin)
  _eok_restore(_stdin "${_stdin}")
  file(WRITE "${WORK_DIR}/stdin" "${_stdin}")
  set(_input_args INPUT_FILE "${WORK_DIR}/stdin")
endif()

set(_cmd "${EOK}")
foreach(_a IN LISTS _args)
  _eok_restore(_a "${_a}")
  list(APPEND _cmd "${_a}")
endforeach()

execute_process(
  COMMAND ${_cmd}
  ${_input_args}
  WORKING_DIRECTORY "${SOURCE_DIR}"
  OUTPUT_VARIABLE _out
  ERROR_VARIABLE _err
  RESULT_VARIABLE _rc)

_eok_restore(_stdout "${_stdout}")
_eok_restore(_stderr "${_stderr}")

set(_failed FALSE)
if(NOT _rc STREQUAL _exit)
  message("exit status: expected ${_exit}, got ${_rc}")
  set(_failed TRUE)
endif()
if(NOT _out STREQUAL _stdout)
  file(WRITE "${WORK_DIR}/expected.stdout" "${_stdout}")
  file(WRITE "${WORK_DIR}/actual.stdout" "${_out}")
  message("standard output differs:\n--- expected\n${_stdout}--- actual\n${_out}---\n(diff ${WORK_DIR}/expected.stdout ${WORK_DIR}/actual.stdout)")
  set(_failed TRUE)
endif()
if(_have_stderr AND NOT _err STREQUAL _stderr)
  file(WRITE "${WORK_DIR}/expected.stderr" "${_stderr}")
  file(WRITE "${WORK_DIR}/actual.stderr" "${_err}")
  message("standard error differs:\n--- expected\n${_stderr}--- actual\n${_err}---")
  set(_failed TRUE)
endif()
if(_failed)
  message(FATAL_ERROR "golden test failed: ${TEST_FILE}")
endif()
