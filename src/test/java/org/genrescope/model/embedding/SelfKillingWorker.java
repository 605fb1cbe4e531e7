package org.genrescope.model.embedding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;

/**
 * A stand-in for {@link TrainingWorker} that kills itself with SIGKILL, as Linux's out-of-memory killer would:
 * with the argument {@code at-start} before it says it is ready, otherwise once its first training request has
 * arrived. Started by {@link TrainingWorkerTest} in place of the real worker's main class.
 */
public final class SelfKillingWorker {
    private SelfKillingWorker() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 0 || !args[0].equals("at-start")) {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
            WorkerProtocol.writeHeader(out);
            DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
            WorkerProtocol.readRequest(in);
        }
        // ProcessHandle refuses to destroy the current process; the kill command does not.
        // Its output must not reach stdout, the protocol's.
        new ProcessBuilder("kill", "-KILL", Long.toString(ProcessHandle.current().pid()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start().waitFor();
        Thread.sleep(60_000);   // not reached: the signal ends the process
        System.exit(1);
    }
}
