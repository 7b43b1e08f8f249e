# -e kvm=vcpu: KVM_RUN's exit reason (tests/progs/kvmrun.c runs a one-vcpu VM to an I/O exit
# and a HLT). The KVM structures themselves are the ioctl decoders' business: verbose=none
# prints their addresses, in both tracers. Skipped where /dev/kvm cannot be opened.
foreach(kvm_case "kvm_vcpu;-e;kvm=vcpu" "kvm_vcpu_raw;-X;raw;--kvm=vcpu")
  list(POP_FRONT kvm_case kvm_name)
  add_test(NAME cmp.${kvm_name} COMMAND sh -c "[ -r /dev/kvm ] && [ -w /dev/kvm ] || exit 77; exec \"$@\"" sh
    ${COMPARE} ${kvm_case} -e trace=ioctl -e verbose=none -- ${PROGS}/kvmrun)
  set_tests_properties(cmp.${kvm_name} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 60)
endforeach()
# -e kvm=vcpu+: struct kvm_run as each KVM_RUN found and left it, below the call's line
# (tests/progs/kvmexits.c: port and MMIO exits in each style). Strace 6.1 has no vcpu+: the
# program owns the expectations, checked against strace 7.x where one is at hand.
foreach(kvm_case "abbrev" "raw;-X;raw" "verbose;-X;verbose" "terse;-e;verbose=none"
                 "short;-s;1")
  list(POP_FRONT kvm_case kvm_style)
  expect(kvm_vcpu_plus_${kvm_style} OPTS ${kvm_case} -e trace=ioctl -e kvm=vcpu+
    CMD ${PROGS}/kvmexits ${kvm_style})
endforeach()
# -ff: the open line strace 7.2 leaves after the structures ("<unfinished ...>")
add_test(NAME kvm_vcpu_plus_ff COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/integration/kvm_ff.sh
  $<TARGET_FILE:strc> ${PROGS}/kvmexits)
set_tests_properties(kvm_vcpu_plus_ff PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 60)
# JSON: each KVM_RUN's kvm_run renders back to the two lines below it (json_fidelity.py)
foreach(kvm_case "abbrev" "terse;-e;verbose=none")
  list(POP_FRONT kvm_case kvm_style)
  add_test(NAME json.kvm_vcpu_plus_${kvm_style} COMMAND sh -c
    "[ -r /dev/kvm ] && [ -w /dev/kvm ] || exit 77; exec \"$@\"" sh
    ${JSON_FIDELITY} ${kvm_case} -e trace=ioctl -e kvm=vcpu+ -- ${PROGS}/kvmexits ${kvm_style})
  set_tests_properties(json.kvm_vcpu_plus_${kvm_style} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 60)
endforeach()
