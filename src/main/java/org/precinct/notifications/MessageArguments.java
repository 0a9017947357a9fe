package org.precinct.notifications;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a notification's message arguments as a JSON array. Numbers stay numbers, because message patterns
 * format them ({@code {0,number,integer}} refuses text); anything else becomes its text, since the notification
 * is read long after the objects it was raised with are gone.
 */
final class MessageArguments {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MessageArguments() {}

    static String toJson(Object[] args) {
        List<Object> values = new ArrayList<>();
        if (args != null) {
            for (Object arg : args) {
                values.add(storable(arg));
            }
        }
        return JSON.writeValueAsString(values);
    }

    static List<Object> fromJson(String json) {
        List<Object> values = new ArrayList<>();
        for (JsonNode node : JSON.readTree(json)) {
            if (node.isIntegralNumber() && node.canConvertToLong()) {
                values.add(node.longValue());
            } else if (node.isNumber()) {
                values.add(node.decimalValue());
            } else {
                values.add(node.asString());
            }
        }
        return values;
    }

    private static Object storable(Object arg) {
        if (arg instanceof Byte || arg instanceof Short || arg instanceof Integer || arg instanceof Long) {
            return ((Number) arg).longValue();
        }
        if (arg instanceof BigInteger || arg instanceof BigDecimal) {
            return arg;
        }
        if (arg instanceof Double || arg instanceof Float) {
            double value = ((Number) arg).doubleValue();
            return Double.isFinite(value) ? BigDecimal.valueOf(value) : String.valueOf(arg);
        }
        return String.valueOf(arg);
    }
}
