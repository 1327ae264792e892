// Declarations of the Fortran LAPACK routines that Giro calls.
//
// Debian's liblapack-dev (reference LAPACK 3.11) installs the libraries but
// no C header for them, so this file declares each routine by hand. The
// declarations follow the gfortran calling convention of that build:
//
// - Every argument is passed by pointer, including scalars.
// - INTEGER is a 32-bit int. Debian ships the 64-bit-index build as a separate
//   package, liblapack64-dev.
// - Each CHARACTER argument adds one trailing size_t with its length, in the
//   order of the character arguments.
//
// Reference LAPACK reports an invalid argument through XERBLA, which prints a
// message and stops the process instead of returning. Callers must validate
// every argument before the call.

#ifndef GIRO_CLAPACK_SHIM_H
#define GIRO_CLAPACK_SHIM_H

#include <stddef.h>

// Solves an overdetermined or underdetermined real linear system with a
// full-rank matrix A, using a QR or LQ factorization of A.
// With lwork == -1 it only stores the optimal workspace size in work[0].
void dgels_(const char *trans, const int *m, const int *n, const int *nrhs,
            double *a, const int *lda, double *b, const int *ldb,
            double *work, const int *lwork, int *info,
            size_t trans_len);

// Estimates the reciprocal condition number of a triangular matrix in the
// 1-norm (norm "1" or "O") or the infinity norm (norm "I").
// The work array needs 3 * n doubles and iwork needs n ints.
void dtrcon_(const char *norm, const char *uplo, const char *diag,
             const int *n, const double *a, const int *lda, double *rcond,
             double *work, int *iwork, int *info,
             size_t norm_len, size_t uplo_len, size_t diag_len);

#endif
