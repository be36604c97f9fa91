// libm_oracle prints the C library's results for "name x y" lines of hex
// floats read from stdin, one "name x y result" line each, for checking
// Kiln's glibc-matching real functions (vm/stdlib/cmath/glibc/testdata):
//
//   gcc -O2 -fno-builtin -o /tmp/libm_oracle bench/cmath/libm_oracle.c -lm
//   python3 bench/cmath/libm_cases.py hypot 3000 | /tmp/libm_oracle
//
// -fno-builtin and volatile keep gcc from folding calls at compile time.
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
int main(void){
  char name[32]; char xs[64], ys[64];
  while (scanf("%31s %63s %63s", name, xs, ys) == 3) {
    volatile double x = strtod(xs, 0), y = strtod(ys, 0), r = 0;
    if (!strcmp(name,"hypot")) r = hypot(x,y); else if (!strcmp(name,"atan2")) r = atan2(y,x);
    else if (!strcmp(name,"exp")) r = exp(x); else if (!strcmp(name,"log")) r = log(x);
    else if (!strcmp(name,"log1p")) r = log1p(x); else if (!strcmp(name,"sin")) r = sin(x);
    else if (!strcmp(name,"cos")) r = cos(x); else if (!strcmp(name,"tan")) r = tan(x);
    else if (!strcmp(name,"sinh")) r = sinh(x); else if (!strcmp(name,"cosh")) r = cosh(x);
    else if (!strcmp(name,"tanh")) r = tanh(x); else if (!strcmp(name,"asinh")) r = asinh(x);
    else if (!strcmp(name,"atan")) r = atan(x);
    printf("%s %a %a %a\n", name, x, y, r);
  }
}
