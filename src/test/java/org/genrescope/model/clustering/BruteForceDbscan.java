package org.genrescope.model.clustering;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/** scikit-learn's DBSCAN (all neighbour lists up front, then {@code dbscan_inner}) with brute-force neighbours. */
final class BruteForceDbscan {
    private BruteForceDbscan() {
    }

    static int[] labels(double[] x, int n, int d, double eps, int minPoints) {
        List<int[]> neighbourhoods = new ArrayList<>();
        boolean[] core = new boolean[n];
        for (int i = 0; i < n; i++) {
            List<Integer> within = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int f = 0; f < d; f++) {
                    double diff = x[i * d + f] - x[j * d + f];
                    sum += diff * diff;
                }
                if (sum <= eps * eps) {
                    within.add(j);
                }
            }
            neighbourhoods.add(within.stream().mapToInt(Integer::intValue).toArray());
            core[i] = within.size() >= minPoints;
        }
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        int cluster = 0;
        Deque<Integer> stack = new ArrayDeque<>();
        for (int start = 0; start < n; start++) {
            if (labels[start] != -1 || !core[start]) {
                continue;
            }
            int i = start;
            while (true) {
                if (labels[i] == -1) {
                    labels[i] = cluster;
                    if (core[i]) {
                        for (int v : neighbourhoods.get(i)) {
                            if (labels[v] == -1) {
                                stack.push(v);
                            }
                        }
                    }
                }
                if (stack.isEmpty()) {
                    break;
                }
                i = stack.pop();
            }
            cluster++;
        }
        return labels;
    }
}
