package dev.avalanche.scenarios.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.SimDuration;
import org.junit.jupiter.api.Test;

/** A binder can read only what {@link Format} declares, as it declares it. */
class FieldsTest {

    private final Problems problems = new Problems();
    private final Values values = new Values(problems);

    private Fields gil(String yaml) {
        return Fields.of(At.root(YamlTreeReader.read(yaml, new Pos("t.yaml", 1, 1), problems)), problems, Format.GIL);
    }

    @Test
    void aKeyTheFormatDoesNotDeclareCannotBeRead() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> gil("{mutex: 5us}").optional("spin", SimDuration.ZERO, values::duration));
        assertTrue(e.getMessage().contains("servers.workers.gil.spin"), e.getMessage());
    }

    @Test
    void anOptionalKeyCannotBeReadAsRequired() {
        assertThrows(IllegalStateException.class, () -> gil("{mutex: 5us}").required("mutex", values::duration));
    }

    @Test
    void aDefaultOtherThanTheDeclaredOneIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> gil("{mutex: 5us}").optional("switchInterval", SimDuration.ofSeconds(0.01), values::duration));
        assertTrue(e.getMessage().contains("5ms"), e.getMessage());
    }

    @Test
    void theDeclaredDefaultIsTheValueOfAnAbsentKey() {
        SimDuration declared = values.duration(new At("switchInterval", Format.GIL.field("switchInterval").defaultNode()));
        assertEquals(SimDuration.ofMillis(5), declared);
        assertEquals(declared, gil("{mutex: 5us}").optional("switchInterval",
                dev.avalanche.models.config.Gil.DEFAULT_SWITCH_INTERVAL, values::duration));
        assertEquals(0, problems.count());
    }

    @Test
    void aMissingRequiredKeyIsReportedWithWhatTheFormatAllows() {
        Fields f = Fields.of(At.root(YamlTreeReader.read("{policy: random}", new Pos("t.yaml", 1, 1), problems)), problems,
                Format.BALANCER);
        f.required("timeout", values::duration);
        assertEquals(1, problems.count());
        assertTrue(problems.list().getFirst().toString().contains(Format.BALANCER.field("timeout").allowed()),
                problems.list().toString());
    }
}
