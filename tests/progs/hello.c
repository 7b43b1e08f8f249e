/* hello.c: the smallest C program, traced in the foundation tests. */
#include <stdio.h>

int main(void)
{
	puts("hello, world");
	return 0;
}
