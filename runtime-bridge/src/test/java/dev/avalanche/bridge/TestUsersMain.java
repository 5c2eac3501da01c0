package dev.avalanche.bridge;

import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Workers;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The users' child JVM in the bridge's tests (the real one is the cli's hidden command). Its first
 * argument names what to play: {@code closed:C:N:CALL_SECONDS} or {@code open:RATE:SECONDS:CALL_SECONDS}
 * (virtual threads, unbounded; a fifth field {@code :S} puts S servers behind a round-robin balancer
 * with a 5 s timeout), or a misbehaviour: {@code hang} says ready and never ends, {@code fail} dies
 * at once with a message. With {@code server} as its second argument it is an app server's JVM instead.
 */
public final class TestUsersMain {

    private TestUsersMain() {
    }

    /** The scenario {@code name} stands for; the test builds the server's side from the same name. */
    public static ModelConfig scenario(String name) {
        String[] p = name.split(":");
        Scenario s = p[0].equals("open") ? Scenario.open(Double.parseDouble(p[1]), Double.parseDouble(p[2]))
                : Scenario.closed(Integer.parseInt(p[1]), Long.parseLong(p[2]));
        s.workers(Workers.Model.VIRTUAL_THREADS, 0).call(Double.parseDouble(p[3]));
        if (p.length > 4) {
            s.balanced(Integer.parseInt(p[4]), dev.avalanche.models.config.Balancer.Policy.ROUND_ROBIN, 5);
        }
        return s.build();
    }

    static UserSide child(String name) {
        return child(name, 1);
    }

    /** The users of {@code name} split across {@code processes} child JVMs. */
    public static UserSide.ChildJvm child(String name, int processes) {
        return new UserSide.ChildJvm(TestUsersMain.class.getName(), java.util.List.of(name), processes);
    }

    /** Each server of {@code name} in a child JVM of its own. */
    public static ServerSide.ChildJvms servers(String name) {
        return new ServerSide.ChildJvms(TestUsersMain.class.getName(), java.util.List.of(name, "server"));
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[1].equals("server")) {
            ChildAppServer.serve(scenario(args[0]), Path.of(args[3]),
                    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                    new PrintWriter(System.out, true, StandardCharsets.UTF_8));
            return;
        }
        switch (args[0]) {
            case "hang" -> {
                System.out.println("ready");
                System.out.flush();
                Thread.sleep(600_000);
            }
            case "fail" -> {
                System.err.println("no scenario called fail");
                System.exit(3);
            }
            default -> ChildLoadGenerator.serve(scenario(args[0]), Path.of(args[2]),
                    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                    new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        }
    }
}
