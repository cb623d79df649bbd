package io.vectorprop.internal.vector;
import jdk.incubator.vector.FloatVector;
import static io.vectorprop.internal.vector.SimdKernels.*;
final class KR {
    static void v3(int kc, float[] a, int aoff, int ars, float[] b, int boff, float[] t, int toff, int ldt, boolean acc) {
        final FloatVector z = FloatVector.zero(S);
        FloatVector c00 = acc ? FloatVector.fromArray(S, t, toff + 0 * ldt + 0 * L) : z;
        FloatVector c01 = acc ? FloatVector.fromArray(S, t, toff + 0 * ldt + 1 * L) : z;
        FloatVector c10 = acc ? FloatVector.fromArray(S, t, toff + 1 * ldt + 0 * L) : z;
        FloatVector c11 = acc ? FloatVector.fromArray(S, t, toff + 1 * ldt + 1 * L) : z;
        FloatVector c20 = acc ? FloatVector.fromArray(S, t, toff + 2 * ldt + 0 * L) : z;
        FloatVector c21 = acc ? FloatVector.fromArray(S, t, toff + 2 * ldt + 1 * L) : z;
        FloatVector c30 = acc ? FloatVector.fromArray(S, t, toff + 3 * ldt + 0 * L) : z;
        FloatVector c31 = acc ? FloatVector.fromArray(S, t, toff + 3 * ldt + 1 * L) : z;
        FloatVector c40 = acc ? FloatVector.fromArray(S, t, toff + 4 * ldt + 0 * L) : z;
        FloatVector c41 = acc ? FloatVector.fromArray(S, t, toff + 4 * ldt + 1 * L) : z;
        FloatVector c50 = acc ? FloatVector.fromArray(S, t, toff + 5 * ldt + 0 * L) : z;
        FloatVector c51 = acc ? FloatVector.fromArray(S, t, toff + 5 * ldt + 1 * L) : z;
        int ib = boff;
        for (int ia = aoff, end = aoff + kc; ia < end; ia++) {
            FloatVector b0 = FloatVector.fromArray(S, b, ib);
            FloatVector b1 = FloatVector.fromArray(S, b, ib + L);
            FloatVector a0 = VT.cast(FloatVector.broadcast(S, a[ia + 0 * ars]));
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            FloatVector a1 = VT.cast(FloatVector.broadcast(S, a[ia + 1 * ars]));
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            FloatVector a2 = VT.cast(FloatVector.broadcast(S, a[ia + 2 * ars]));
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            FloatVector a3 = VT.cast(FloatVector.broadcast(S, a[ia + 3 * ars]));
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
            FloatVector a4 = VT.cast(FloatVector.broadcast(S, a[ia + 4 * ars]));
            c40 = a4.fma(b0, c40);
            c41 = a4.fma(b1, c41);
            FloatVector a5 = VT.cast(FloatVector.broadcast(S, a[ia + 5 * ars]));
            c50 = a5.fma(b0, c50);
            c51 = a5.fma(b1, c51);
            ib += NR;
        }
        VT.cast(c00).intoArray(t, toff + 0 * ldt + 0 * L);
        VT.cast(c01).intoArray(t, toff + 0 * ldt + 1 * L);
        VT.cast(c10).intoArray(t, toff + 1 * ldt + 0 * L);
        VT.cast(c11).intoArray(t, toff + 1 * ldt + 1 * L);
        VT.cast(c20).intoArray(t, toff + 2 * ldt + 0 * L);
        VT.cast(c21).intoArray(t, toff + 2 * ldt + 1 * L);
        VT.cast(c30).intoArray(t, toff + 3 * ldt + 0 * L);
        VT.cast(c31).intoArray(t, toff + 3 * ldt + 1 * L);
        VT.cast(c40).intoArray(t, toff + 4 * ldt + 0 * L);
        VT.cast(c41).intoArray(t, toff + 4 * ldt + 1 * L);
        VT.cast(c50).intoArray(t, toff + 5 * ldt + 0 * L);
        VT.cast(c51).intoArray(t, toff + 5 * ldt + 1 * L);
    }
}
