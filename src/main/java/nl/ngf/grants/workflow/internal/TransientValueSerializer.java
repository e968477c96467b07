package nl.ngf.grants.workflow.internal;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Lets the engine hold a transient object for the length of one command (a business-rule task's raw
 * decision result, which Camunda always keeps in the transient variable {@code decisionResult}) now
 * that Java serialization is gone. Nothing is ever written: a persistent object is still refused.
 */
final class TransientValueSerializer implements TypedValueSerializer<TypedValue> {

    static final String NAME = "ngf-transient-only";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public ValueType getType() {
        return ValueType.OBJECT;
    }

    @Override
    public boolean canHandle(TypedValue value) {
        return value.isTransient() && (value instanceof UntypedValueImpl || value.getType() == ValueType.OBJECT);
    }

    @Override
    public TypedValue convertToTypedValue(UntypedValueImpl untypedValue) {
        return Variables.objectValue(untypedValue.getValue(), true).create();
    }

    @Override
    public void writeValue(TypedValue value, ValueFields valueFields) {
        if (!value.isTransient()) {
            throw new ProcessEngineException("Only ids and simple values are stored as process variables");
        }
    }

    @Override
    public TypedValue readValue(ValueFields valueFields, boolean deserializeValue, boolean asTransientValue) {
        throw new ProcessEngineException("Variable " + valueFields.getName() + " was transient and is not stored");
    }

    @Override
    public String getSerializationDataformat() {
        return null;
    }

    @Override
    public boolean isMutableValue(TypedValue typedValue) {
        return false;
    }
}
