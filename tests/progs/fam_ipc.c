/*
 * fam_ipc.c: SysV message queues, semaphores and shared memory, and POSIX message queues,
 * with varied arguments and errors, traced by tests/integration/sigtime.cmake. Every
 * object is private to the run and removed before it ends. Calls go through syscall(2)
 * where glibc would rewrite the arguments.
 */
#include <fcntl.h>
#include <sched.h>
#include <mqueue.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define BAD ((void *)1)
#define IPC_64 0x100	/* the kernel's "new layout" bit in ctl commands */

struct msg {
	long type;
	char text[16];
};

static void msgs(void)
{
	struct msg m = { 5, "hello, queue" };
	struct msqid_ds ds;
	int id = syscall(SYS_msgget, IPC_PRIVATE, IPC_CREAT | IPC_EXCL | 0600);

	syscall(SYS_msgget, 0x1234abcd, 0);
	syscall(SYS_msgget, 0x1234abcd, IPC_CREAT | IPC_EXCL | 0644);
	syscall(SYS_msgctl, syscall(SYS_msgget, 0x1234abcd, 0), IPC_RMID, NULL);
	syscall(SYS_msgsnd, id, &m, 13, 0);
	syscall(SYS_msgsnd, id, &m, 13, IPC_NOWAIT);
	syscall(SYS_msgsnd, id, BAD, 13, 0);
	syscall(SYS_msgsnd, -1, &m, 13, 0);
	syscall(SYS_msgrcv, id, &m, sizeof(m.text), 0, IPC_NOWAIT);
	syscall(SYS_msgrcv, id, &m, 4, 5, IPC_NOWAIT | MSG_NOERROR);
	syscall(SYS_msgrcv, id, &m, sizeof(m.text), 0, IPC_NOWAIT);
	syscall(SYS_msgrcv, id, &m, 4, -9, IPC_NOWAIT | MSG_EXCEPT);
	syscall(SYS_msgrcv, id, BAD, 4, 0, IPC_NOWAIT);
	syscall(SYS_msgctl, id, IPC_STAT | IPC_64, &ds);
	syscall(SYS_msgctl, id, IPC_SET, BAD);
	syscall(SYS_msgctl, id, 99, &ds);
	syscall(SYS_msgctl, id, IPC_RMID, NULL);
	syscall(SYS_msgctl, id, IPC_RMID, NULL);
}

static void sems(void)
{
	struct sembuf ops[3] = { { 0, 1, 0 }, { 1, -1, IPC_NOWAIT | SEM_UNDO }, { 0, 0, 0x4000 } };
	struct timespec ts = { 0, 1000 };
	unsigned short vals[2] = { 3, 4 };
	int id = syscall(SYS_semget, IPC_PRIVATE, 2, IPC_CREAT | 0640);

	syscall(SYS_semget, IPC_PRIVATE, -1, 0);
	syscall(SYS_semop, id, ops, 1);
	syscall(SYS_semop, id, ops, 3);
	syscall(SYS_semop, id, BAD, 1);
	syscall(SYS_semop, id, ops, 0);
	syscall(SYS_semtimedop, id, ops, 1, &ts);
	syscall(SYS_semtimedop, id, ops + 1, 1, &ts);
	syscall(SYS_semtimedop, id, ops, 1, NULL);
	syscall(SYS_semtimedop, id, ops, 1, BAD);
	syscall(SYS_semctl, id, 0, GETVAL, 0);
	syscall(SYS_semctl, id, 1, SETVAL, 7);
	syscall(SYS_semctl, id, 0, SETALL, vals);
	syscall(SYS_semctl, id, 0, GETALL | IPC_64, vals);
	syscall(SYS_semctl, id, 0, GETPID, 0);
	syscall(SYS_semctl, id, 0, GETNCNT, 0);
	syscall(SYS_semctl, id, 0, 123, 0);
	syscall(SYS_semctl, id, 0, IPC_RMID, 0);
	syscall(SYS_semctl, id, 0, IPC_RMID | IPC_64, 0);
}

static void shms(void)
{
	int id = syscall(SYS_shmget, IPC_PRIVATE, 8192, IPC_CREAT | IPC_EXCL | 0600);
	void *p;

	syscall(SYS_shmget, IPC_PRIVATE, 8192, 0);
	syscall(SYS_shmget, 0x77, 4096, IPC_CREAT | SHM_NORESERVE | 0777);
	syscall(SYS_shmctl, syscall(SYS_shmget, 0x77, 0, 0), IPC_RMID, NULL);
	p = (void *)syscall(SYS_shmat, id, NULL, SHM_RDONLY);
	syscall(SYS_shmdt, p);
	syscall(SYS_shmdt, p);
	syscall(SYS_shmat, id, BAD, 0);
	syscall(SYS_shmat, id, NULL, SHM_RND | SHM_EXEC | 0x10);
	syscall(SYS_shmctl, id, SHM_LOCK, NULL);
	syscall(SYS_shmctl, id, IPC_STAT | IPC_64, BAD);
	syscall(SYS_shmctl, id, 77, NULL);
	syscall(SYS_shmctl, id, IPC_RMID, NULL);
	syscall(SYS_shmctl, -1, IPC_RMID | IPC_64, NULL);
}

static void posix_queues(void)
{
	struct mq_attr attr = { 0, 4, 32, 0 }, old;
	struct timespec ts = { 0, 1000 };
	struct sigevent ev;
	char buf[64];
	unsigned prio;
	int q;

	syscall(SYS_mq_unlink, "strc-test-queue");
	q = syscall(SYS_mq_open, "strc-test-queue", O_RDWR | O_CREAT | O_EXCL, 0600, &attr);
	syscall(SYS_mq_open, "strc-test-queue", O_RDWR | O_CREAT | O_EXCL, 0600, &attr);
	syscall(SYS_mq_open, "strc-test-queue", O_WRONLY, 0, NULL);
	syscall(SYS_mq_open, "strc-missing", O_RDONLY | O_NONBLOCK, 0, NULL);
	syscall(SYS_mq_open, BAD, O_RDONLY, 0, NULL);
	syscall(SYS_mq_timedsend, q, "first message", 13, 3, NULL);
	syscall(SYS_mq_timedsend, q, "second", 6, 9, &ts);
	syscall(SYS_mq_timedsend, q, BAD, 6, 9, &ts);
	syscall(SYS_mq_timedreceive, q, buf, sizeof(buf), &prio, NULL);
	syscall(SYS_mq_timedreceive, q, buf, sizeof(buf), NULL, &ts);
	syscall(SYS_mq_timedreceive, q, buf, 4, &prio, &ts);
	syscall(SYS_mq_timedreceive, -1, buf, sizeof(buf), &prio, &ts);
	syscall(SYS_mq_getsetattr, q, NULL, &old);
	attr.mq_flags = O_NONBLOCK;
	syscall(SYS_mq_getsetattr, q, &attr, &old);
	syscall(SYS_mq_getsetattr, q, BAD, NULL);
	syscall(SYS_mq_timedreceive, q, buf, sizeof(buf), &prio, NULL);
	memset(&ev, 0, sizeof(ev));
	ev.sigev_notify = SIGEV_SIGNAL;
	ev.sigev_signo = SIGUSR1;
	syscall(SYS_mq_notify, q, &ev);
	syscall(SYS_mq_notify, q, NULL);
	syscall(SYS_mq_notify, q, BAD);
	close(q);
	syscall(SYS_mq_unlink, "strc-test-queue");
	syscall(SYS_mq_unlink, "strc-test-queue");
}

int main(void)
{
	/* a namespace of our own: ids then repeat from run to run */
	unshare(CLONE_NEWIPC);
	msgs();
	sems();
	shms();
	posix_queues();
	return 0;
}
