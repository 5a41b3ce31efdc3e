package io.newsflow.platform.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Port choice for the embedded platform: a fixed default for demo, any free port for one-shot runs and tests. */
public final class Ports {
    private Ports() {
    }

    /** Returns the port, or a free one when port is 0. */
    public static int resolve(int port) {
        return port == 0 ? free() : port;
    }

    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on 127.0.0.1", e);
        }
    }

    /** Fails early with a clear message instead of a bind error deep in a child's log. */
    public static void requireFree(int port, String what) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " for " + what + " is in use on 127.0.0.1; pick another "
                    + "(e.g. --" + what.toLowerCase().replace(' ', '-') + "-port) or stop what holds it", e);
        }
    }
}
