/*
 * kvm.h: -e kvm=vcpu, a KVM_RUN's exit reason after its result (src/kvm.c).
 */
#ifndef STRC_KVM_H
#define STRC_KVM_H

struct tracee;

/* After the result of a call that ended: " (KVM_EXIT_IO)" when it was a vcpu's KVM_RUN. */
void kvm_suffix(struct tracee *t);

#endif
