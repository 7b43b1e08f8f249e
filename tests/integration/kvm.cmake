# -e kvm=vcpu: KVM_RUN's exit reason (tests/progs/kvmrun.c runs a one-vcpu VM to an I/O exit
# and a HLT). The KVM structures themselves are the ioctl decoders' business: verbose=none
# prints their addresses, in both tracers. Skipped where /dev/kvm cannot be opened.
foreach(kvm_case "kvm_vcpu;-e;kvm=vcpu" "kvm_vcpu_raw;-X;raw;--kvm=vcpu")
  list(POP_FRONT kvm_case kvm_name)
  add_test(NAME cmp.${kvm_name} COMMAND sh -c "[ -r /dev/kvm ] && [ -w /dev/kvm ] || exit 77; exec \"$@\"" sh
    ${COMPARE} ${kvm_case} -e trace=ioctl -e verbose=none -- ${PROGS}/kvmrun)
  set_tests_properties(cmp.${kvm_name} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 60)
endforeach()
