package io.vectorprop.gemm;
import io.vectorprop.internal.*;
public class WD {
    public static void main(String[] x) {
        Kernels kr = KernelProvider.simdOrThrow();
        String[] shapes = {"512x512x512:NN","1024x1024x1024:NN","2048x2048x2048:NN","256x256x784:NT","256x784x256:NN","256x784x256:TN","64x256x784:NT","64x784x256:NN","256x784x64:TN","256x1024x784:NT","256x1024x1024:NT","256x784x1024:NN","256x1024x1024:NN","1024x784x256:TN","1024x1024x256:TN"};
        for (String s : shapes) {
            String[] p = s.split("[x:]"); int m = Integer.parseInt(p[0]), n = Integer.parseInt(p[1]), k = Integer.parseInt(p[2]);
            Transpose ta = Transpose.valueOf(p[3].substring(0,1)), tb = Transpose.valueOf(p[3].substring(1,2));
            float[] a = new float[m*k], b = new float[k*n], c = new float[m*n];
            GemmWorkspace ws = new GemmWorkspace(2);
            Gemm.sgemm(kr, ta, tb, m, n, k, 1f, a, 0, ta==Transpose.T?m:k, b, 0, tb==Transpose.T?k:n, 0f, c, 0, n, ws);
            System.out.println(s + " dynamic=" + ws.job.dynamic() + " splitN=" + ws.job.splitN());
        }
    }
}
