package nl.ngf.grants.workflow.internal;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import java.util.AbstractMap;
import java.util.Set;

/**
 * Lets BPMN expressions such as {@code ${awardProgrammeDelegate}} resolve {@code @Named} CDI beans.
 * Camunda's expression manager reads its "beans" through a map; this map asks CDI on every lookup,
 * so normal scopes and proxies behave as everywhere else.
 */
final class CdiBeanMap extends AbstractMap<Object, Object> {

    @Override
    public boolean containsKey(Object name) {
        return name instanceof String s && bean(s) != null;
    }

    @Override
    public Object get(Object name) {
        if (!(name instanceof String s)) {
            return null;
        }
        Bean<?> bean = bean(s);
        if (bean == null) {
            return null;
        }
        BeanManager beanManager = CDI.current().getBeanManager();
        CreationalContext<?> context = beanManager.createCreationalContext(bean);
        return beanManager.getReference(bean, bean.getBeanClass(), context);
    }

    private static Bean<?> bean(String name) {
        BeanManager beanManager = CDI.current().getBeanManager();
        Set<Bean<?>> beans = beanManager.getBeans(name);
        return beans.isEmpty() ? null : beanManager.resolve(beans);
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return Set.of();
    }
}
